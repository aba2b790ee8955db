package org.kyosei.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Socket buffers large enough that a request worker hands a whole answer to the kernel and goes on to the next
 * request, instead of waiting for the client to read. A neighbourhood page is about 40 KB; with the kernel's
 * initial 16 KB send buffer and Tomcat's 8 KB writes, a worker blocked on every page until its client had been
 * scheduled and had read the first part, and with few workers (see {@link WebServer#requestWorkers}) each such wait
 * held up every other client (issue #5's profile: thousands of 8 KB socket writes of 1-90 ms).
 */
@Configuration(proxyBeanMethods = false)
class ConnectorBuffers {
    /** The kernel's send buffer per connection (SO_SNDBUF): several of the largest pages. */
    static final int SEND_BUFFER_BYTES = 1 << 20;
    /** Tomcat's write buffer per connection: a typical page goes out in one write. */
    static final int WRITE_BUFFER_BYTES = 64 * 1024;

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> answerWholeAnswersAtOnce() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.txBufSize", Integer.toString(SEND_BUFFER_BYTES));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER_BYTES));
        });
    }
}
