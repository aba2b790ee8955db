package org.kyosei.web;

import java.time.LocalDate;

import org.kyosei.domain.DateParameters;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every {@code LocalDate} request parameter ({@code asOf} ...) is read by {@link DateParameters}' rule. Registered
 * after the framework's ISO converters, it is the one used, with or without {@code @DateTimeFormat}; a refused
 * date becomes a 400 problem naming the parameter ({@link ApiProblems}). An empty value means "not given".
 */
@Configuration(proxyBeanMethods = false)
class DateParameterFormat implements WebMvcConfigurer {
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, text -> text.isBlank() ? null : DateParameters.parse(null, text.strip()));
    }
}
