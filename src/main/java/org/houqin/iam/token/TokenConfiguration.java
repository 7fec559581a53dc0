package org.houqin.iam.token;

import org.houqin.platform.settings.SettingGroup;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The token scope's check on every API handler, and the API settings on 系统设置. */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration implements WebMvcConfigurer {

    private final MessageSource messages;

    TokenConfiguration(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new TokenScopeInterceptor(messages)).addPathPatterns("/api/**");
    }

    @Bean
    SettingGroup apiSettingGroup() {
        return TokenSettings.GROUP;
    }
}
