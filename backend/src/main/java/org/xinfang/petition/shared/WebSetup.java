package org.xinfang.petition.shared;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.data.web.config.EnableSpringDataWebSupport.PageSerializationMode;
import org.springframework.data.web.config.PageableHandlerMethodArgumentResolverCustomizer;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pages go out as {@code {content, page: {size, number, totalElements, totalPages}}}: a stable JSON shape. Their
 * parameters are checked by {@link PagingRules}; Spring Data serves no larger page than they allow. The API answers
 * JSON only.
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

    /**
     * Our API answers JSON only, whatever a client accepts (a browser's Accept prefers XML to anything else): the XML
     * converter that Jackson XML on the class path would add is taken out. Open311 writes its XML itself.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(converter -> converter instanceof MappingJackson2XmlHttpMessageConverter);
    }

    @Bean
    PageableHandlerMethodArgumentResolverCustomizer pageSizeLimit() {
        return resolver -> resolver.setMaxPageSize(paging.maxSize());
    }
}
