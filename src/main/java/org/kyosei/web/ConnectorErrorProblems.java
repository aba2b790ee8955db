package org.kyosei.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.kyosei.security.ProblemMessages;
import org.kyosei.security.SecurityHeaders;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Requests refused before they reach a controller (by Tomcat: a malformed URL; by the security firewall: an
 * encoded slash, percent or NUL in a path) get the same RFC 7807 problem document as every other error,
 * instead of Tomcat's HTML page or the framework's default error body.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorErrorProblems {
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemDocumentsFromTheConnector() {
        return factory -> factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Requests the security firewall rejects (an encoded '%', '/', ';' or NUL in the URL) get a problem document too. */
    @Bean
    WebSecurityCustomizer firewallRejectionsAsProblems() {
        return web -> web.requestRejectedHandler((request, response, rejected) -> {
            response.setStatus(400);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(problem(request.getHeader("Accept-Language"), 400, "url.rejected"));
        });
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A problem document: the status's title and the detail {@code problem.<key>} in the language asked for. */
    static String problem(String acceptLanguage, int status, String key) {
        java.util.Locale locale = ProblemMessages.locale(acceptLanguage);
        java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status < 500 ? ProblemMessages.title(locale, 400) : ProblemMessages.title(locale, 500));
        problem.put("status", status);
        problem.put("detail", ProblemMessages.text(locale, key));
        return JSON.writeValueAsString(problem);
    }

    /** Writes {@code application/problem+json} for any error status Tomcat answers itself. */
    public static final class ProblemReportValve extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                SecurityHeaders.apply(response);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(problem(request.getHeader("Accept-Language"), status, status < 500 ? "url.malformed" : "failed"));
                    writer.flush();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response is committed: nothing more can be said
            }
        }
    }
}
