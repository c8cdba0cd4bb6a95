#!/usr/bin/env ruby
# Dumps the given database, gzips it and uploads it to the backup bucket.
require "fileutils"

db_name = ARGV.fetch(0) { abort "usage: #{$0} DBNAME" }
abort "bad database name" unless db_name.match?(/\A\w+\z/)

dump_path = "/tmp/#{db_name}-backup.sql"
File.open(dump_path, "w") do |f|
  IO.popen(["pg_dump", "--no-owner", db_name], &:read).then { |sql| f.write(sql) }
end
system("gzip", "-f", dump_path) or abort "gzip failed"
system("aws", "s3", "cp", "#{dump_path}.gz", "s3://acme-db-backups/#{db_name}/") or abort "upload failed"
FileUtils.rm_f("#{dump_path}.gz")
puts "backup of #{db_name} uploaded"
