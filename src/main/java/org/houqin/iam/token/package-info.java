/** API令牌 (API tokens): personal tokens for integrations, shown once, kept as hashes, revocable. */
package org.houqin.iam.token;
