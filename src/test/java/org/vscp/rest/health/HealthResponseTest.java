package org.vscp.rest.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HealthResponseTest {

    @Test
    void upIs200() {
        assertEquals(200, HealthResponse.of(true).httpStatus());
    }

    @Test
    void upBody() {
        assertEquals("{\"status\":\"UP\"}", HealthResponse.of(true).body());
    }

    @Test
    void downIs503() {
        assertEquals(503, HealthResponse.of(false).httpStatus());
    }

    @Test
    void downBody() {
        assertEquals("{\"status\":\"DOWN\"}", HealthResponse.of(false).body());
    }
}
