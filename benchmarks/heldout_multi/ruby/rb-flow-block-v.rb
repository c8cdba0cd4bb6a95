class ArchiveJob < ApplicationJob
  def perform(dirs)
    dirs.each do |dir|
      system("tar czf /archives/#{File.basename(dir)}.tgz #{dir}")
    end
  end
end

class ArchivesController < ApplicationController
  def create
    ArchiveJob.perform_later(params[:dirs])
    head :accepted
  end
end
