package com.example.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;

@Path("/sync/settings")
public class SettingsSyncResource {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @POST
    @Consumes("application/json")
    public Response upload(InputStream body) throws Exception {
        DeviceSettings settings = MAPPER.readValue(body, DeviceSettings.class);
        SettingsStore.save(settings.getDeviceId(), settings);
        return Response.ok("stored " + settings.getDeviceId()).build();
    }
}
