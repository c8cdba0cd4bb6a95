require "zip"

class PhotoImportsController < ApplicationController
  DEST = Rails.root.join("public", "uploads", "photos").to_s

  def create
    count = 0
    Zip::File.open(params.require(:archive).tempfile.path) do |zip|
      zip.each do |entry|
        next unless entry.file?

        target = File.expand_path(entry.name, DEST)
        next unless target.start_with?(DEST + File::SEPARATOR)
        next unless %w[.jpg .jpeg .png .webp].include?(File.extname(target).downcase)

        FileUtils.mkdir_p(File.dirname(target))
        File.binwrite(target, entry.get_input_stream.read)
        count += 1
      end
    end
    render json: { imported: count }
  end
end
