package org.vscp.rest.mdf;

import java.util.Optional;
import java.util.logging.Logger;
import org.vscp.rest.format.Reply;
import org.vscp.rest.format.ResponseFormat;
import org.vscp.rest.format.ResultCode;
import org.vscp.rest.operation.RestRequest;
import org.vscp.rest.security.Right;
import org.vscp.rest.session.Session;

/**
 * The mdf operation: fetches a Module Description File for the client through {@link
 * MdfFetcher}. It returns -19 without the mdf right or for a host that is not allowed, -5 for a
 * missing or bad URL and -17 for a file over the size cap. It returns -1 for plain and CSV,
 * time-outs, failed fetches and bad XML. Thread-safe, and blocks while fetching.
 */
public final class MdfOperations {

    private static final Logger LOG = Logger.getLogger(MdfOperations.class.getName());

    private final MdfFetcher fetcher;

    public MdfOperations(MdfFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public Reply mdf(Session session, RestRequest request) {
        if (!session.user().hasRight(Right.MDF)) {
            return new Reply.Failure(ResultCode.ACCESS_DENIED, "User " + session.user().name()
                    + " lacks the right 'mdf' needed for mdf.");
        }

        Optional<ResponseFormat> format = ResponseFormat.parse(request.parameter("format"));
        if (format.isPresent() && (format.get() == ResponseFormat.PLAIN
                || format.get() == ResponseFormat.CSV)) {
            return new Reply.Failure(ResultCode.FAILURE, "The mdf operation answers in xml,"
                    + " json or jsonp only; plain and csv cannot carry the file.");
        }
        if (!fetcher.isEnabled()) {
            return new Reply.Failure(ResultCode.ACCESS_DENIED, "The mdf operation is off on this"
                    + " server because its allow list is empty; an administrator can list hosts"
                    + " in mdf.allowed-hosts of vscp-rest.properties.");
        }

        String url = request.parameter("url");
        try {
            MdfFile file = fetcher.fetch(url);
            return new Reply.MdfDocument(file.url(), file.xml(), file.json());
        } catch (MdfException e) {
            LOG.info(() -> "mdf for user " + session.user().name() + " refused: " + e.getMessage());
            return new Reply.Failure(codeOf(e.reason()), e.getMessage());
        }
    }

    static ResultCode codeOf(MdfException.Reason reason) {
        return switch (reason) {
            case BAD_URL -> ResultCode.MISSING_DATA;
            case HOST_NOT_ALLOWED -> ResultCode.ACCESS_DENIED;
            case TOO_LARGE -> ResultCode.MEMORY_ERROR;
            case TIMED_OUT, FETCH_FAILED, BAD_XML -> ResultCode.FAILURE;
        };
    }
}
