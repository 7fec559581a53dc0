/** 房间 (rooms): each room in its building and floor, with its people, QR label, import and export. */
package org.houqin.places.room;
