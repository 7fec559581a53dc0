/** 折旧 (depreciation): straight-line monthly depreciation under 政府会计准则, worked out in Java. */
package org.houqin.assets.depreciation;
