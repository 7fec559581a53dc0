/** 领用与交接 (handovers): assets handed over, lent and returned with the receiver's signature; 我保管的资产. */
package org.houqin.assets.handover;
