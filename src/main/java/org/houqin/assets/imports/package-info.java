/** 资产导入 (asset import): an existing register from Excel through the import kit. */
package org.houqin.assets.imports;
