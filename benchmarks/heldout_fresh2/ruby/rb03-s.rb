require "sinatra"
require "json"
require "open3"

REPO = "/srv/git/website.git"

helpers do
  def recent_commits(branch)
    out, _status = Open3.capture2("git", "--git-dir=#{REPO}", "log", "--oneline", "-n", "20", "--end-of-options", branch)
    out.lines.map { |l| sha, msg = l.chomp.split(" ", 2); { sha: sha, message: msg } }
  end
end

get "/deploys/commits" do
  content_type :json
  branch = params["branch"] || "main"
  recent_commits(branch).to_json
end
