package org.houqin.iam.auth;

import java.util.List;

import org.houqin.platform.security.CurrentUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Form login: the principal of a session is the {@link CurrentUser}, its authorities the user's permissions. */
@Component
class HouqinAuthenticationProvider implements AuthenticationProvider {

    private final LoginService logins;

    HouqinAuthenticationProvider(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        CurrentUser user = logins.login(authentication.getName(), password);
        return authenticated(user);
    }

    static UsernamePasswordAuthenticationToken authenticated(CurrentUser user) {
        List<SimpleGrantedAuthority> authorities = user.permissions().stream().map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
