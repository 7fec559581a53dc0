/** 规章制度与应急预案 (rules and emergency plans): versioned texts in force, required reading and acknowledgements. */
package org.houqin.safety.rule;
