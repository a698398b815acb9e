package org.xinfang.petition.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.data.web.config.EnableSpringDataWebSupport.PageSerializationMode;
import org.springframework.data.web.config.PageableHandlerMethodArgumentResolverCustomizer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pages go out as {@code {content, page: {size, number, totalElements, totalPages}}}: a stable JSON shape. Their
 * parameters are checked by {@link PagingRules}; Spring Data serves no larger page than they allow.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = PageSerializationMode.VIA_DTO)
class WebSetup implements WebMvcConfigurer {

    private final PagingRules.Limits paging;

    WebSetup(PagingRules.Limits paging) {
        this.paging = paging;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PagingRules(paging));
    }

    @Bean
    PageableHandlerMethodArgumentResolverCustomizer pageSizeLimit() {
        return resolver -> resolver.setMaxPageSize(paging.maxSize());
    }
}
