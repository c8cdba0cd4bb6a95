require "open3"

class CommitsController < ApplicationController
  REPO = "/srv/deploy/app.git"

  def index
    author = params.fetch(:author, "")
    out, status = Open3.capture2(
      "git", "--git-dir=#{REPO}", "log", "-n", "30",
      "--format=%h%x09%an%x09%s", "--author=#{author}"
    )
    return head(:internal_server_error) unless status.success?

    commits = out.lines.map { |l| %i[sha author subject].zip(l.chomp.split("\t")).to_h }
    render json: commits
  end
end
