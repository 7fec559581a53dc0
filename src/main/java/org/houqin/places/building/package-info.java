/** 楼栋 (buildings): the school's campuses and buildings with their floors; each opens its rooms. */
package org.houqin.places.building;
