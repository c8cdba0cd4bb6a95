#!/usr/bin/env ruby
require "fileutils"

class BackupJob
  def initialize(label)
    @label = label
  end

  def run
    FileUtils.mkdir_p("/backups")
    target = "/backups/#{@label}.sql.gz"
    ok = system("pg_dump --no-owner appdb | gzip > #{target}")
    abort("backup failed") unless ok
    puts "wrote #{target}"
  end
end

BackupJob.new(ARGV.fetch(0)).run
