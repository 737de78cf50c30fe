package org.wsis.sessions.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wsis.sessions.AgendaStamp;
import org.wsis.sessions.repository.AgendaStampRepository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public agenda views (JSON and iCalendar), each rendered once per edition, release, speaker
 * names revision and filter, and served as bytes with a strong ETag.
 *
 * <p>Every read first asks the database for the edition's {@link AgendaStamp} (one primary-key
 * query, see {@link AgendaStampRepository}); views are keyed by it. A new release, or a change to
 * a speaker's name (its revision is bumped by a trigger in the transaction that changes the name),
 * changes the stamp, so a view cached under the old one is never served again, on any instance:
 * the stamp lives in the database they share, not in one instance's memory. Entries under an older
 * stamp of the same edition are dropped as soon as a newer one is seen.
 *
 * <p>A view is rendered after its stamp was read, from the release the stamp names (immutable) and
 * the names as they are then, so a cached view is never older than its key; at worst it shows a
 * name change committed a moment after the stamp was read, to requests that read that stamp.
 *
 * <p>Two bounded levels: the parsed release with its speakers' names per stamp (parsing the stored
 * JSON is most of a render's cost), and the rendered bytes per filter, a least-recently-used map
 * bounded in entries and bytes, so that a client varying the filters endlessly (every {@code day}
 * there is) only recycles the map, at the price of a cheap render each (filter, serialise, hash).
 */
@ApplicationScoped
public class AgendaCache {

    public enum Kind { JSON, ICALENDAR }

    /** Rendered bytes and their strong entity tag (quoted, as sent in {@code ETag}). */
    public record Representation(byte[] bytes, String etag) {
    }

    private record AgendaKey(int edition, AgendaStamp stamp) {
    }

    private record ViewKey(int edition, AgendaStamp stamp, Kind kind, AgendaFilter filter) {
    }

    /** Per entry, beyond its bytes: key, slot, array header, tag. */
    private static final int ENTRY_OVERHEAD = 256;
    /** Editions whose parsed release is kept (one stamp each, older ones are dropped). */
    private static final int AGENDAS = 8;

    private final AgendaStampRepository stamps;
    private final AgendaService agenda;
    private final AgendaJson views;
    private final AgendaCalendar calendar;
    private final ObjectMapper mapper;
    private final BoundedCache<AgendaKey, AgendaService.PublishedAgenda> agendas;
    private final BoundedCache<ViewKey, Representation> rendered;
    private final AtomicLong renders = new AtomicLong();

    public AgendaCache(AgendaStampRepository stamps, AgendaService agenda, AgendaJson views, AgendaCalendar calendar,
                       ObjectMapper mapper,
                       @ConfigProperty(name = "wsis.agenda.cache.max-entries", defaultValue = "512") int maxEntries,
                       @ConfigProperty(name = "wsis.agenda.cache.max-size", defaultValue = "8M") MemorySize maxSize) {
        this.stamps = stamps;
        this.agenda = agenda;
        this.views = views;
        this.calendar = calendar;
        this.mapper = mapper;
        this.agendas = new BoundedCache<>(AGENDAS, Long.MAX_VALUE, a -> 0);
        this.rendered = new BoundedCache<>(maxEntries, maxSize.asLongValue(),
                r -> r.bytes().length + ENTRY_OVERHEAD);
    }

    /** The current view of the edition's latest release; 404 before the first release. */
    public Representation view(int edition, Kind kind, AgendaFilter filter) {
        AgendaStamp stamp = stamps.current(edition).orElseThrow(() -> AgendaService.noneYet(edition));
        return rendered.get(new ViewKey(edition, stamp, kind, filter), this::render);
    }

    private Representation render(ViewKey key) {
        AgendaService.PublishedAgenda published = agendas.get(new AgendaKey(key.edition(), key.stamp()), this::load);
        byte[] bytes = switch (key.kind()) {
            case JSON -> json(published, key.filter());
            case ICALENDAR -> calendar.write(published, key.filter()).getBytes(StandardCharsets.UTF_8);
        };
        renders.incrementAndGet();
        return new Representation(bytes, etag(bytes));
    }

    private AgendaService.PublishedAgenda load(AgendaKey key) {
        AgendaService.PublishedAgenda published = agenda.published(key.edition(), key.stamp().version());
        agendas.removeIf(k -> k.edition() == key.edition() && key.stamp().supersedes(k.stamp()));
        rendered.removeIf(k -> k.edition() == key.edition() && key.stamp().supersedes(k.stamp()));
        return published;
    }

    private byte[] json(AgendaService.PublishedAgenda published, AgendaFilter filter) {
        try {
            return mapper.writeValueAsBytes(views.json(published, filter)); // as JAX-RS wrote the record
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Strong: a digest of the exact bytes, so instances that render the same bytes agree on it. */
    static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Views rendered since start (a cache hit renders nothing). */
    public long renders() {
        return renders.get();
    }

    /** Rendered views held, and their weight in bytes. */
    public int size() {
        return rendered.size();
    }

    public long weight() {
        return rendered.weight();
    }
}
