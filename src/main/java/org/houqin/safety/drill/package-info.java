/** 应急演练 (drills): planned, done with the evacuation time and photos, or cancelled; the problems they found. */
package org.houqin.safety.drill;
