require "sinatra"

UPLOADS = "/srv/uploads"

post "/images/:id/thumbnail" do
  src = File.join(UPLOADS, "#{params[:id].to_i}.png")
  halt 404 unless File.exist?(src)
  size = params.fetch("size", "200x200")
  halt 400, "bad size" unless size.match?(/\A\d{1,4}x\d{1,4}\z/)
  dest = File.join(UPLOADS, "#{params[:id].to_i}-thumb.png")
  ok = system("convert #{src} -resize #{size} #{dest}")
  halt 500, "convert failed" unless ok
  send_file dest, type: "image/png"
end
