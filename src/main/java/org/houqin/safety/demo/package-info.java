/** The demo school's letters for 2026-2027 and its rules in force. */
package org.houqin.safety.demo;
