package org.houqin.iam.auth;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.houqin.audit.AuditLog;
import org.houqin.iam.IamPermissions;
import org.houqin.iam.token.ApiTokenFilter;
import org.houqin.platform.HouqinProperties;
import org.houqin.platform.api.ApiProblems;
import org.houqin.platform.ops.OpsProperties;
import org.houqin.platform.ops.ScraperAccess;
import org.houqin.platform.qr.QrTargets;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Form login for people, bearer tokens for integrations, one set of permissions for both. Every page needs a
 * signed-in user unless listed here; every handler also declares its permission with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Two requests of one session that add the same attribute at once (a double-clicked form, both leaving a flash
     * message) would both INSERT it and one would fail; on PostgreSQL the attribute is upserted instead.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, ApiTokenFilter apiTokens, AuditLog audit, Sessions userSessions,
                            HouqinProperties properties, SchoolClock clock, QrTargets qrTargets,
                            MessageSource messages, OpsProperties ops) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith("/api/");
        RequestMatcher bearer = request -> {
            String header = request.getHeader("Authorization");
            return api.matches(request) && header != null && header.startsWith("Bearer ");
        };
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/setup", "/r/*", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/error", "/favicon.ico").permitAll()
                        // probes see the status only; details and metrics are for the administrator or monitoring
                        .requestMatchers("/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness").permitAll()
                        .requestMatchers("/actuator/**")
                                .hasAnyAuthority(IamPermissions.ROLE_WRITE, ScraperAccess.AUTHORITY)
                        .requestMatchers(qrTargets.visitorPaths()).permitAll()
                        // the API's description is for tools (generators, gateways); it holds no school's data
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/swagger-ui/**", "/swagger-ui.html").authenticated()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(LoginTarget.success())
                        .failureHandler(LoginTarget.failure()))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
                                audit.security(user.schoolId(), user.userId(), user.username(), "LOGOUT", null);
                                userSessions.endAllOf(user.username());
                            }
                        }))
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearer))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(jsonUnauthorized(messages), api)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                request -> request.getRequestURI().startsWith("/actuator/"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> true)
                        .accessDeniedHandler(auditedDenial(audit, messages)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(apiTokens, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ScraperAccess(ops), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new SessionLifetimeFilter(properties.security().absoluteSessionLifetime(), clock),
                        SecurityContextHolderFilter.class);
        return http.build();
    }

    /** The token filter runs inside the security chain only, not a second time as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<ApiTokenFilter> apiTokenFilterRegistration(ApiTokenFilter filter) {
        FilterRegistrationBean<ApiTokenFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder(HouqinProperties properties) {
        // bcrypt at the configured cost (10 unless set); hashes made at another cost still verify.
        return new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(properties.security().passwordHashCost())));
    }

    private static AuthenticationEntryPoint jsonUnauthorized(MessageSource messages) {
        return (request, response, exception) -> ApiProblems.write(request, response, HttpStatus.UNAUTHORIZED,
                messages.getMessage("request.unauthorized", null, request.getLocale()), "request.unauthorized");
    }

    private static AccessDeniedHandler auditedDenial(AuditLog audit, MessageSource messages) {
        AccessDeniedHandlerImpl pages = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            CurrentUser.find().ifPresent(user -> audit.security(user.schoolId(), user.userId(), user.username(),
                    "DENIED", request.getMethod() + " " + path(request)));
            if (request.getRequestURI().startsWith("/api/")) {
                ApiProblems.write(request, response, HttpStatus.FORBIDDEN,
                        messages.getMessage("request.forbidden", null, request.getLocale()), "request.forbidden");
                return;
            }
            pages.handle(request, response, exception);
        };
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.length() > 200 ? uri.substring(0, 200) : uri;
    }
}
