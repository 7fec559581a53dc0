/** 资产台账 (the register): asset cards, their states and history, photos, repairs of a card. */
package org.houqin.assets.register;
