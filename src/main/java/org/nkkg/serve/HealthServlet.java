package org.nkkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.system.Txn;
import org.nkkg.store.GraphStore;

/**
 * {@code /health}: {@code {"status":"ok"|"empty"|"error","quads":N,"loadedAt":"...","dataset":"/nkkg"}}.
 * Cheap: the count is the one recorded at load time; the check opens and closes a read transaction.
 * 200 when the dataset can be read (also when nothing is loaded yet), 503 otherwise.
 */
final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient GraphStore store;
    private final String datasetPath;

    HealthServlet(GraphStore store, String datasetPath) {
        this.store = store;
        this.datasetPath = datasetPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String status;
        int code = 200;
        String error = null;
        try {
            Txn.executeRead(store.dataset(), () -> {});
            status = store.isEmpty() ? "empty" : "ok";
        } catch (RuntimeException ex) {
            status = "error";
            error = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            code = 503;
        }
        Instant loadedAt = store.loadedAt();
        StringBuilder sb = new StringBuilder();
        sb.append("{\"status\":\"").append(status).append("\",\"quads\":").append(store.quadCount())
          .append(",\"loadedAt\":").append(loadedAt == null ? "null" : "\"" + loadedAt + "\"")
          .append(",\"dataset\":\"").append(Http.jsonEsc(datasetPath)).append("\"");
        if ( error != null )
            sb.append(",\"error\":\"").append(Http.jsonEsc(error)).append("\"");
        sb.append("}\n");
        resp.setStatus(code);
        resp.setHeader("Cache-Control", "no-store");
        Http.send(req, resp, "application/json", sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
