package app.communityops.screening;

import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who the members are, where they are found and why they join: the first three questions of Custom. */
public class PositioningForm {

    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String who;

    @Size(max = 20, message = "{validation.size}")
    private Set<String> personas = new LinkedHashSet<>();

    private Set<UUID> channelIds = new LinkedHashSet<>();

    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String why;

    private Set<ValueTag> values = new LinkedHashSet<>();

    @Size(max = 20, message = "{validation.size}")
    private Set<String> freeTags = new LinkedHashSet<>();

    public static PositioningForm of(PositioningDetails details) {
        PositioningForm form = new PositioningForm();
        form.setWho(details.who());
        form.setPersonas(new LinkedHashSet<>(details.personas()));
        form.setChannelIds(new LinkedHashSet<>(details.channelIds()));
        form.setWhy(details.why());
        form.setValues(new LinkedHashSet<>(details.values()));
        form.setFreeTags(new LinkedHashSet<>(details.freeTags()));
        return form;
    }

    public @Nullable String getWho() { return who; }
    public void setWho(@Nullable String who) { this.who = who; }
    public Set<String> getPersonas() { return personas; }
    public void setPersonas(Set<String> personas) { this.personas = personas; }
    public Set<UUID> getChannelIds() { return channelIds; }
    public void setChannelIds(Set<UUID> channelIds) { this.channelIds = channelIds; }
    public @Nullable String getWhy() { return why; }
    public void setWhy(@Nullable String why) { this.why = why; }
    public Set<ValueTag> getValues() { return values; }
    public void setValues(Set<ValueTag> values) { this.values = values; }
    public Set<String> getFreeTags() { return freeTags; }
    public void setFreeTags(Set<String> freeTags) { this.freeTags = freeTags; }
}
