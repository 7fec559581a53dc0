/** The demo school's safety records: this semester's hazards in every state, letters and rules, drills. */
package org.houqin.safety.demo;
