/** 审批委托 (delegations): while away, a colleague decides one's approval steps for some days. */
package org.houqin.approval.delegation;
