/**
 * 检查记录 (records): 我的检查 (the rounds due to me, today, this week and overdue), filling a round on a phone at
 * the place, the records with their print and export, corrections, and the rounds due at a room's QR.
 */
package org.houqin.routines.record;
