/** 资产分类 (asset categories): the GB/T 14885 tree with useful lives, edited or imported per school. */
package org.houqin.assets.category;
