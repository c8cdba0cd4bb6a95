require "sinatra"
require "json"

class Membership < Sequel::Model
  unrestrict_primary_key
end

post "/projects/:project_id/members" do
  attrs = JSON.parse(request.body.read)
  attrs["project_id"] = params[:project_id].to_i
  member = Membership.new
  member.set_fields(attrs, %w[project_id user_id note], missing: :skip)
  member.save
  status 201
  member.values.to_json
end
