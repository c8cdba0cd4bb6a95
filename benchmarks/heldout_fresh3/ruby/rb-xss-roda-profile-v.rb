require "roda"

class ProfileApp < Roda
  plugin :h

  route do |r|
    r.get "profile/preview" do
      name = r.params["name"].to_s
      bio = r.params["bio"].to_s
      response["Content-Type"] = "text/html"
      "<div class='card'><h2>#{h(name)}</h2><p>#{bio}</p></div>"
    end
  end
end
