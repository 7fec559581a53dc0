package org.houqin.places;

import org.houqin.platform.security.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of the places module. */
@Configuration(proxyBeanMethods = false)
public class PlacesPermissions {

    public static final String ROOM_READ = "places:room:read";
    public static final String ROOM_WRITE = "places:room:write";
    public static final String BUILDING_WRITE = "places:building:write";

    @Bean
    PermissionSet placesPermissionSet() {
        return PermissionSet.of("places", ROOM_READ, ROOM_WRITE, BUILDING_WRITE);
    }
}
