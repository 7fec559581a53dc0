/** 安全责任书 (responsibility letters): templates per role, batches issued per school year, signing and collection. */
package org.houqin.safety.letter;
