/** API令牌 (API tokens): personal tokens for integrations, shown once, kept as hashes; scoped (read-only, some modules, an expiry date), limited in calls per minute, revocable by the owner and the school's user administrator. */
package org.houqin.iam.token;
