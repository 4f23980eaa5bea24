/** OAuth2 token sources: client credentials and the password grant with refresh tokens. */
@NullMarked
package io.workbridge.client.auth;

import org.jspecify.annotations.NullMarked;
