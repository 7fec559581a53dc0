package org.houqin.iam.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.DataScope;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

class SessionValuesTest {

    private final SessionValues values = new SessionValues(getClass().getClassLoader());

    @Test
    void theSameStoredContextReadsAsTheSameUserInAContextOfItsOwn() {
        byte[] stored = write(context("teacher", "repairs.request.create"));
        SecurityContext first = read(stored);
        SecurityContext second = read(stored);
        assertThat(second).isNotSameAs(first);
        assertThat(((CurrentUser) second.getAuthentication().getPrincipal()).username()).isEqualTo("teacher");
        assertThat(second.getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactly("repairs.request.create");
    }

    @Test
    void signingOutInOneRequestLeavesAnotherRequestsContextAlone() {
        byte[] stored = write(context("teacher", "repairs.request.create"));
        read(stored).setAuthentication(null);
        assertThat(read(stored).getAuthentication()).isNotNull();
    }

    @Test
    void otherStoredBytesReadAsTheirOwnUser() {
        read(write(context("teacher", "repairs.request.create")));
        SecurityContext director = read(write(context("director", "repairs.request.approve")));
        assertThat(director.getAuthentication().getName()).isEqualTo("director");
    }

    @Test
    void otherAttributesAreReadAfreshEveryTime() {
        byte[] stored = write(new ArrayList<>(List.of("flash")));
        Object first = values.convert(stored, Object.class);
        assertThat(values.convert(stored, Object.class)).isEqualTo(first).isNotSameAs(first);
    }

    private byte[] write(Object value) {
        return values.convert(value, byte[].class);
    }

    private SecurityContext read(byte[] stored) {
        return (SecurityContext) values.convert(stored, Object.class);
    }

    private static SecurityContext context(String username, String permission) {
        CurrentUser user = new CurrentUser(7, username, username, 1L, Set.of(1L), false, null, null,
                DataScope.everything(), Set.of(permission));
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(permission))));
    }
}
