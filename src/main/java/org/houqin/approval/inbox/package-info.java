/** 审批待办 (approval inbox): what waits for me, what I submitted and decided, and the decision itself. */
package org.houqin.approval.inbox;
