package org.xinfang.petition.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.xinfang.petition.shared.Messages;

/**
 * The pages' language: Simplified Chinese unless the visitor chose English with the switch ({@code ?lang=en}), which
 * a cookie keeps for a year. The API's problems carry both languages and do not depend on it.
 */
@Configuration(proxyBeanMethods = false)
class PageSetup implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("xf-lang");
        resolver.setDefaultLocale(Messages.CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setLanguageTagCompliant(true);
        resolver.setRejectInvalidCookies(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(LANGUAGE_PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/", "/portal/**", "/workbench/**");
    }

    /** The two languages the pages speak; any other choice falls back to Chinese. */
    static Locale supported(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Messages.CHINESE;
    }
}
