package cn.qijin.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** qijin.demo.*: only the demo profile sets these. */
@ConfigurationProperties("qijin.demo")
public record DemoProperties(boolean enabled, String password) {}
