package org.recourse.demo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The demo platform's secret store: its API key and webhook secret (one row). */
@Entity
@Table(name = "demo_platform")
public class DemoConnection {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "api_key", nullable = false, length = 100)
    private String apiKey;

    @Column(name = "webhook_secret", nullable = false, length = 200)
    private String webhookSecret;

    protected DemoConnection() {
        // for JPA
    }

    DemoConnection(String apiKey, String webhookSecret) {
        this.id = ID;
        this.apiKey = apiKey;
        this.webhookSecret = webhookSecret;
    }

    String apiKey() {
        return apiKey;
    }

    String webhookSecret() {
        return webhookSecret;
    }
}
