package com.example.sync;

import java.io.InputStream;
import java.io.ObjectInputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;

@Path("/sync/settings")
public class SettingsSyncResource {

    @POST
    @Consumes("application/octet-stream")
    public Response upload(InputStream body) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(body)) {
            DeviceSettings settings = (DeviceSettings) in.readObject();
            SettingsStore.save(settings.getDeviceId(), settings);
            return Response.ok("stored " + settings.getDeviceId()).build();
        }
    }
}
