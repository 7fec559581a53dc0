/** 资产标签 (labels): QR label sheets, the printed asset card, the label entry /a/ and a room's asset panel. */
package org.houqin.assets.label;
