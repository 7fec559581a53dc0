/**
 * Campus → building → floor → room, with room types, area, the person responsible (责任到人), the using department
 * or class, and a QR code per room that opens its page on a phone.
 */
@ApplicationModule(displayName = "Places",
        allowedDependencies = {"platform", "audit", "organization"})
package org.houqin.places;

import org.springframework.modulith.ApplicationModule;
