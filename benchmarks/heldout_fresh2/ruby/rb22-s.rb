require "roda"
require "json"
require "rack/utils"

class DeployHook < Roda
  plugin :json
  plugin :halt

  DEPLOY_TOKEN = ENV.fetch("DEPLOY_HOOK_TOKEN")

  route do |r|
    r.post "hooks/deploy" do
      token = r.env["HTTP_X_DEPLOY_TOKEN"].to_s
      r.halt 403, { error: "forbidden" } unless Rack::Utils.secure_compare(token, DEPLOY_TOKEN)

      payload = JSON.parse(r.body.read)
      DeployJob.enqueue(payload.fetch("service"), payload.fetch("sha"))
      { queued: true }
    end
  end
end
