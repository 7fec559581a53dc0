/** The demo school's safety records: this semester's hazards in every state. */
package org.houqin.safety.demo;
