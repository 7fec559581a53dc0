/** 报修类别 (repair categories): the school's editable list; the teaching ones stop lessons when they fail. */
package org.houqin.repairs.category;
