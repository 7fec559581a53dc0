package org.houqin.platform.pdf;

import java.util.Map;

/**
 * What every printed form of a school shows besides its document, added by the module that knows it (the school's
 * name, from organization), so that a module's print handler passes only its document.
 */
public interface PrintAttributes {

    void contribute(long schoolId, Map<String, Object> model);
}
